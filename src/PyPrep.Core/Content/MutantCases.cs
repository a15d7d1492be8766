using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Content;

/// <summary>
/// The cases of a testing challenge (<c>kind: tests</c>), made from <c>challenge.yaml</c> rather
/// than <c>cases.yaml</c>: one that runs the candidate's tests against the correct implementation,
/// then one per mutant (a faulty implementation the tests must catch).
/// </summary>
internal static class MutantCases
{
    public const string CorrectId = "passes-on-correct-implementation";

    public static List<TestCase> Read(string directory, YamlMappingNode meta, string metaFile)
    {
        var implementationName = ChallengeLoader.OptionalText(meta, "implementation") ?? "implementation.py";
        var cases = new List<TestCase>
        {
            new(CorrectId, false, [new PyStr(ReadSource(directory, implementationName, metaFile, ChallengeLoader.Line(meta, "implementation")))],
                new PyStr(MutationCheck.AllPass), Description: "your tests, run against the correct implementation"),
        };
        if (ChallengeLoader.Child(meta, "mutants") is not YamlSequenceNode list || list.Children.Count == 0)
            throw new ContentException(metaFile, 1, "a testing challenge needs 'mutants': faulty implementations, each {id, file, fault}");
        var ids = new HashSet<string>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode item) throw new ContentException(metaFile, YamlValues.Line(node), "each mutant must be a mapping {id, file, fault}");
            var id = ChallengeLoader.Text(item, metaFile, "id");
            if (!ids.Add(id)) throw new ContentException(metaFile, ChallengeLoader.Line(item, "id"), $"duplicate mutant id '{id}'");
            var source = ReadSource(directory, ChallengeLoader.Text(item, metaFile, "file"), metaFile, ChallengeLoader.Line(item, "file"));
            var fault = ChallengeLoader.Text(item, metaFile, "fault");
            var hidden = ChallengeLoader.OptionalText(item, "hidden") != "false";
            cases.Add(new TestCase($"catches-{id}", hidden, [new PyStr(source)], new PyStr(MutationCheck.SomeFail),
                Description: $"your tests, run against a faulty implementation: {fault}", Fault: fault));
        }
        return cases;
    }

    private static string ReadSource(string directory, string name, string metaFile, int line)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : throw new ContentException(metaFile, line, $"implementation file '{name}' not found");
    }
}
