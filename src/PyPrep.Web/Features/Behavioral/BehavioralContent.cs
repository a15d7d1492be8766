using PyPrep.Core.Behavioral;
using PyPrep.Core.Content;

namespace PyPrep.Web.Features.Behavioral;

/// <summary>
/// The behavioral prompts and the STAR coach, read once from the question bank. A broken prompt
/// file or vocabulary is logged and shown on the page, never fatal: the coach then runs without
/// the words it could not read.
/// </summary>
public sealed class BehavioralContent
{
    public BehavioralContent(BehavioralBank bank, StarCoach coach, IReadOnlyList<string> problems)
    {
        Bank = bank;
        Coach = coach;
        Problems = problems;
    }

    public BehavioralBank Bank { get; }
    public StarCoach Coach { get; }
    /// <summary>What could not be read, each naming the file and line.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static BehavioralContent Load(string contentRoot, ILogger logger)
    {
        var problems = new List<string>();
        var bank = BehavioralBank.Load(contentRoot);
        problems.AddRange(bank.Errors.Select(e => e.ToString()));
        StarVocabulary vocabulary;
        try
        {
            vocabulary = StarVocabularyLoader.Load(StarVocabularyLoader.PathUnder(contentRoot));
        }
        catch (ContentException e)
        {
            problems.Add($"{e.Error} (the coach recognises no tools, fillers or hedges until it is fixed)");
            vocabulary = new StarVocabulary();
        }
        foreach (var problem in problems) logger.LogWarning("behavioral content problem: {Problem}", problem);
        return new BehavioralContent(bank, new StarCoach(vocabulary), problems);
    }
}
