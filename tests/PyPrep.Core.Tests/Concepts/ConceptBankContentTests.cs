using PyPrep.Core.Concepts;
using PyPrep.Core.Content;

namespace PyPrep.Core.Tests.Concepts;

/// <summary>The real bank under content/concepts: it loads cleanly and covers issue 7's topics.</summary>
public sealed class ConceptBankContentTests
{
    private static readonly ConceptBank Bank = ConceptBank.Load(ContentBank.LocateRoot());

    // Issue 7's coverage list, as topic file names.
    public static TheoryData<string> RequiredTopics() =>
    [
        "types-and-truthiness", "mutability", "comprehensions-and-control-flow", "functions-and-scope", "exceptions",
        "duck-typing-eafp", "iterators-and-generators", "context-managers", "mutable-defaults", "identity-and-equality",
        "copying", "memory-management", "data-structures", "decorators", "metaclasses", "gil", "asyncio",
        "threads-vs-processes", "modern-python", "python2-vs-3", "web-frameworks", "orms", "api-design", "numpy",
        "pandas", "visualization", "scikit-learn", "pytest", "unittest-and-mocking", "debugging-and-logging", "pep8",
    ];

    [Fact]
    public void The_bank_loads_without_errors() => Assert.Empty(Bank.Errors);

    [Fact]
    public void The_bank_has_at_least_250_questions_of_every_kind()
    {
        Assert.True(Bank.Items.Count() >= 250, $"{Bank.Items.Count()} items");
        foreach (var kind in Enum.GetValues<ConceptKind>())
            Assert.Contains(Bank.Items, i => i.Kind == kind);
    }

    [Theory]
    [MemberData(nameof(RequiredTopics))]
    public void Every_required_topic_has_at_least_five_questions(string topic)
    {
        var found = Bank.FindTopic(topic);
        Assert.NotNull(found);
        Assert.True(found.Items.Count >= ConceptBank.MinItemsPerTopic, $"{topic} has {found.Items.Count}");
    }

    [Fact]
    public void Every_question_has_an_explanation_and_every_level_is_used()
    {
        Assert.All(Bank.Items, i => Assert.True(i.Explanation.Trim().Length >= 40, $"{i.Id}: explanation too short"));
        foreach (var level in Enum.GetValues<Level>()) Assert.Contains(Bank.Items, i => i.Level == level);
    }
}
