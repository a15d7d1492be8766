using PyPrep.Core.Behavioral;
using PyPrep.Core.Content;
using PyPrep.Core.Design;

namespace PyPrep.Cli.ContentCommands;

/// <summary>
/// The parts of the bank that need no sandbox: the STAR vocabulary, behavioral prompts and design
/// scenarios (rubric links, diagrams, reference coverage, companions).
/// </summary>
internal static class BehavioralAndDesignChecks
{
    /// <summary>Every problem found; with <paramref name="only"/>, just that design scenario (if it is one).</summary>
    public static (List<ContentError> Errors, string Summary) Run(string contentRoot, ContentBank challenges, string? only)
    {
        var errors = new List<ContentError>();
        var prompts = 0;
        if (only is null)
        {
            try { StarVocabularyLoader.Load(StarVocabularyLoader.PathUnder(contentRoot)); }
            catch (ContentException e) { errors.Add(e.Error); }
            var behavioral = BehavioralBank.Load(contentRoot);
            errors.AddRange(behavioral.Errors);
            prompts = behavioral.Prompts.Count();
        }

        var design = DesignBank.Load(contentRoot);
        var slugs = challenges.Challenges.Select(c => c.Slug).ToHashSet();
        var scenarios = design.Scenarios.Where(s => only is null || s.Slug == only).ToList();
        errors.AddRange(design.Errors.Where(e => only is null || e.File.Contains($"/{only}/", StringComparison.Ordinal)));
        foreach (var scenario in scenarios) errors.AddRange(DesignValidator.Check(scenario, slugs));
        return (errors, $"{prompts} behavioral prompt(s), {scenarios.Count} design scenario(s)");
    }
}
