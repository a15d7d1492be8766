namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>except:</c>: catch the exception you expect.</summary>
internal sealed class BareExceptRule : IStyleRule
{
    public string Id => "bare-except";
    public string Why => "A bare `except:` also swallows KeyboardInterrupt, SystemExit and your own bugs; naming the exception you expect shows you know what can fail.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var handler in context.OfType("ExceptHandler"))
        {
            if (handler.Node("type") is not null) continue;
            // PEP 8: a bare except is acceptable when it cleans up and re-raises.
            if (handler.Nodes("body") is [.., { Type: "Raise" } last] && last.Node("exc") is null) continue;
            var line = context.Source.Trimmed(handler.Line);
            var rewrite = System.Text.RegularExpressions.Regex.Replace(line, @"^except\s*:", "except Exception:");
            yield return context.At(this, handler, rewrite);
        }
    }
}
