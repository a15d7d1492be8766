using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Concepts;

public sealed class ConceptLoaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("pyprep-concepts-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string name, string yaml)
    {
        var folder = Path.Combine(root, "concepts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private ContentError LoadError(string yaml)
    {
        var path = Write("topic", yaml);
        var error = Assert.Throws<ContentException>(() => ConceptLoader.LoadTopic(path)).Error;
        Assert.Equal(path, error.File);
        return error;
    }

    [Fact]
    public void Every_kind_is_read_with_its_fields()
    {
        var topic = ConceptLoader.LoadTopic(Path.Combine(AppContext.BaseDirectory, "Concepts", "sample-topic.yaml"));
        Assert.Equal(("sample-topic", "A sample topic"), (topic.Id, topic.Title));
        var items = topic.Items.ToDictionary(i => i.Id);

        var predict = items["prints-and-raises"];
        Assert.Equal(ConceptKind.PredictOutput, predict.Kind);
        Assert.Equal("1\n", predict.Output);
        Assert.Equal("KeyError", predict.Raises);
        Assert.Equal("1\nKeyError\n", predict.ExpectedAnswer);
        Assert.Equal(["general"], predict.Roles);
        Assert.StartsWith("What does this print?", predict.Question, StringComparison.Ordinal);

        var single = items["single-choice"];
        Assert.Equal([1], single.Correct);
        Assert.False(single.Multiple);
        var multiple = items["multiple-choice"];
        Assert.Equal([0, 2], multiple.Correct);
        Assert.True(multiple.Multiple);
        Assert.Equal(["data"], multiple.Roles);

        var bug = items["a-bug"];
        Assert.Equal("double", bug.Entry);
        Assert.Equal(2, bug.Cases.Count);
        Assert.Equal(new PyInt(4), bug.Cases[0].Expected);
        Assert.All(bug.Cases, c => Assert.True(c.Hidden));

        var shortAnswer = items["explain-it"];
        Assert.Equal(2, shortAnswer.KeyPoints.Count);
        Assert.Contains("model", shortAnswer.ModelAnswer, StringComparison.Ordinal);
        Assert.Equal(Level.Senior, shortAnswer.Level);
    }

    [Fact]
    public void Unknown_key_is_reported_at_its_line()
    {
        var error = LoadError("""
            title: T
            items:
              - id: x
                kind: choice
                level: junior
                quesiton: typo
            """);
        Assert.Equal(6, error.Line);
        Assert.Contains("unknown key 'quesiton'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_output_without_an_answer_names_the_item()
    {
        var error = LoadError("""
            title: T
            items:
              - id: first
                kind: choice
                level: junior
                question: q
                options: [a, b]
                correct: a
                explanation: e
              - id: no-answer
                kind: predict-output
                level: junior
                code: print(1)
                explanation: e
            """);
        Assert.Equal(10, error.Line);
        Assert.Contains("'no-answer' needs 'output'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_letter_outside_the_options_is_refused()
    {
        var error = LoadError("""
            title: T
            items:
              - id: x
                kind: choice
                level: junior
                question: q
                options: [one, two]
                correct: [a, d]
                explanation: e
            """);
        Assert.Equal(8, error.Line);
        Assert.Contains("'d' is not an option letter (a to b)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_level_lists_the_levels()
    {
        var error = LoadError("""
            title: T
            items:
              - id: x
                kind: short-answer
                level: expert
            """);
        Assert.Equal(5, error.Line);
        Assert.Contains("junior, mid, senior", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_errors_carry_the_line()
    {
        var error = LoadError("title: T\nitems:\n  - id: x\n    question: a: b: c\n");
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Spot_the_bug_cases_must_not_mix_snippets_and_args()
    {
        var error = LoadError("""
            title: T
            items:
              - id: x
                kind: spot-the-bug
                level: mid
                question: q
                explanation: e
                entry: f
                code: "def f(x): return x"
                fixed: "def f(x): return x + 1"
                cases:
                  - {args: [1], expected: 2}
                  - {snippet: "result = 1", expected: 1}
            """);
        Assert.Equal(11, error.Line);
        Assert.Contains("snippet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bank_reports_duplicate_ids_across_files_and_thin_topics()
    {
        var item = """
              - id: same
                kind: short-answer
                level: mid
                question: q
                answer: a
                points: [p]
                explanation: e
            """;
        var first = Write("alpha", "title: A\nitems:\n" + item);
        var second = Write("beta", "title: B\nitems:\n" + item);
        var bank = ConceptBank.Load(root);
        var duplicate = Assert.Single(bank.Errors, e => e.Message.Contains("duplicate id 'same'", StringComparison.Ordinal));
        Assert.Equal((second, 3), (duplicate.File, duplicate.Line));
        Assert.Contains($"{first}:3", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains(bank.Errors, e => e.File == first && e.Message.Contains("needs at least 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Bank_keeps_loading_after_a_broken_file()
    {
        Write("broken", "title: [unclosed\n");
        Write("fine", "title: Fine\nitems: []\n");
        var bank = ConceptBank.Load(root);
        Assert.Equal(["fine"], bank.Topics.Select(t => t.Id));
        Assert.Contains(bank.Errors, e => e.File.EndsWith("broken.yaml", StringComparison.Ordinal));
    }
}
