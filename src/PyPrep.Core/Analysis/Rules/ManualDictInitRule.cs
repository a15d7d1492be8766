namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>if k not in d: d[k] = []</c> before using <c>d[k]</c>: <c>collections.defaultdict</c> or <c>setdefault</c>.</summary>
internal sealed class ManualDictInitRule : IStyleRule
{
    public string Id => "manual-dict-init";
    public string Why => "Creating each dictionary entry by hand adds a branch to every update; collections.defaultdict (or dict.setdefault) says \"group these\" in one line, a tool interviewers expect you to know.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var statement in context.OfType("If"))
        {
            if (KeyUpdate.Match(context, statement) is not { Counting: false } update) continue;
            var use = update.Use is null ? "" : "\n" + UseWithoutInit(context, update);
            yield return context.At(this, statement, $"{update.Dict} = defaultdict({update.Factory})  # once, where {update.Dict} is created{use}");
        }
    }

    private static string UseWithoutInit(StyleContext context, KeyUpdate update) => context.Text(update.Use!);
}
