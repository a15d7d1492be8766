using PyPrep.Core.Analysis.Rules;

namespace PyPrep.Core.Analysis;

/// <summary>The one place rules are registered. Ids are stable: users and reports refer to them.</summary>
public static class StyleRules
{
    /// <summary>Every rule PyPrep runs, in the order findings on one line are listed.</summary>
    public static IReadOnlyList<IStyleRule> Default { get; } =
    [
        // The table (issue 5), in its order.
        new RangeLenLoopRule(),
        new ManualDictInitRule(),
        new ManualCounterRule(),
        new TempSwapRule(),
        new MembershipInListRule(),
        new OpenWithoutWithRule(),
        new MutableDefaultArgRule(),
        new IsLiteralRule(),
        new CompareToNoneRule(),
        new CompareToBoolRule(),
        new LenAsConditionRule(),
        new BareExceptRule(),
        new AppendInLoopRule(),
        new StringConcatInLoopRule(),
        new TypeComparisonRule(),
        new ShadowedBuiltinRule(),
        new DictKeysIterationRule(),
        new LbylKeyCheckRule(),
        new NeedlessBoolReturnRule(),
        new NamingConventionRule(),
        // More that interviewers care about: complexity traps and enumerate.
        new ManualIndexCounterRule(),
        new ListAsQueueRule(),
        new SortForMinMaxRule(),
        new ComprehensionInCallRule(),
    ];

    /// <summary>The rule with this id, or null.</summary>
    public static IStyleRule? Find(string id) => Default.FirstOrDefault(r => r.Id == id);
}
