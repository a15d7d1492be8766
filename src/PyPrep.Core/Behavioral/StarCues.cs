using System.Text.RegularExpressions;

namespace PyPrep.Core.Behavioral;

/// <summary>
/// The phrases that tell an unlabelled sentence's STAR part. Each matching pattern is one piece of
/// evidence; <see cref="StarSegmenter"/> weighs them against the sentence's position.
/// </summary>
internal static partial class StarCues
{
    public static int Count(StarPart part, string sentence) => Patterns(part).Count(p => p.IsMatch(sentence));

    private static Regex[] Patterns(StarPart part) => part switch
    {
        StarPart.Situation => Situation,
        StarPart.Task => Task,
        StarPart.Action => Action,
        _ => Result,
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Setting the scene: where, when, what existed and what was wrong with it.
    private static readonly Regex[] Situation =
    [
        new(@"\b(at|in) (my|our) (previous|last|current|first|old) (company|job|role|team|employer|position)\b", Options),
        new(@"\b(at|in) (a|an|the) (company|startup|agency|bank|team|project|consultancy)\b", Options),
        new(@"\bwhen i (joined|was|started)\b", Options),
        new(@"\b(we|they|the team|our team) (had|was|were|ran|maintained|used)\b", Options),
        new(@"\bthere (was|were)\b", Options),
        new(@"\b(legacy|existing|inherited|old)\b", Options),
        new(@"\b(at the time|back then|years ago|last year|a few months ago)\b", Options),
        new(@"\b(kept|started) (failing|breaking|crashing|timing out|growing)\b", Options),
        new(@"^(it|this|that|the (tool|service|system|script|codebase|app|application|pipeline|process|job)) (had|was|were|took|ran)\b", Options),
        new(@"\b(for|over) (\d+\+?|several|many|a few) (years|months)\b", Options),
    ];

    // The goal and whose it was.
    private static readonly Regex[] Task =
    [
        new(@"\bmy (task|job|goal|role|responsibility|assignment|mission)\b", Options),
        new(@"\bi was (asked|tasked|responsible|assigned|brought in|hired|given)\b", Options),
        new(@"\b(i|we) (needed|had|wanted) to\b", Options),
        new(@"\b(the|our) (goal|aim|objective|challenge|requirement) was\b", Options),
        new(@"\bwas to\b", Options),
        new(@"\b(without breaking|make sure|by the end of|before the|deadline)\b", Options),
    ];

    // What was done: a first-person or team subject with a verb of doing (an adverb between them,
    // as in "we basically rewrote", changes nothing), or a sequencing word.
    private static readonly Regex[] Action =
    [
        new(@"\b(i|we)( also| then| first| \w+ly)? (started|wrote|built|added|introduced|split|set up|created|refactored|proposed|implemented|migrated|replaced|moved|designed|profiled|measured|reviewed|paired|organi[sz]ed|scheduled|asked|talked|met|explained|documented|rewrote|automated|deployed|fixed|traced|reproduced|prototyped|benchmarked|broke|took|ran|led|used|chose|decided|spent|reached out|agreed|suggested|drafted|tested|debugged|investigated|wrapped|extracted|cached|batched|switched|put|kept|made|sat down|walked|gave|pushed|rolled|shipped)\b", Options),
        new(@"^(first|then|next|after that|finally|to do that|to start)\b", Options),
        new(@"\bby (writing|adding|splitting|introducing|moving|replacing|profiling|pairing|breaking|building)\b", Options),
    ];

    // What changed, and how anyone knows.
    private static readonly Regex[] Result =
    [
        new(@"\b(as a result|the result|in the end|ended up|outcome|since then|afterwards|after the change)\b", Options),
        new(@"\b(reduced|increased|improved|cut|saved|dropped|fell|rose|halved|doubled|went (from|down|up))\b", Options),
        new(@"\d+(\.\d+)?\s*(%|percent\b|x\b)", Options),
        new(@"\b(smaller|faster|fewer|quicker|cheaper|shorter)\b", Options),
        new(@"\b(led to|which meant|this meant|that meant|paid off|was adopted|got adopted|on time|learned|praised)\b", Options),
    ];
}
