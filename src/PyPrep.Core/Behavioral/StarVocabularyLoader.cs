using PyPrep.Core.Content;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Behavioral;

/// <summary>Reads <c>star-vocabulary.yaml</c>; problems are <see cref="ContentException"/>s naming file and line.</summary>
public static class StarVocabularyLoader
{
    /// <summary>The vocabulary file's place under the content root.</summary>
    public static string PathUnder(string contentRoot) => Path.Combine(contentRoot, "behavioral", "star-vocabulary.yaml");

    /// <summary>Reads the vocabulary file.</summary>
    public static StarVocabulary Load(string file)
    {
        var root = ChallengeLoader.ReadMapping(file);
        return new StarVocabulary
        {
            Tools = Terms(root, file, "tools"),
            Practices = Terms(root, file, "practices"),
            Fillers = ChallengeLoader.List(root, file, "fillers"),
            Hedges = ChallengeLoader.List(root, file, "hedges"),
        };
    }

    private static List<VocabularyTerm> Terms(YamlMappingNode root, string file, string key)
    {
        if (ChallengeLoader.Child(root, key) is not YamlSequenceNode list)
            throw new ContentException(file, ChallengeLoader.Line(root, key), $"'{key}' must be a list of terms");
        var terms = new List<VocabularyTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Children)
        {
            var line = YamlValues.Line(item);
            VocabularyTerm term = item switch
            {
                YamlScalarNode { Value: { Length: > 0 } name } => new VocabularyTerm(name, [name]),
                YamlMappingNode mapping => new VocabularyTerm(
                    ChallengeLoader.Text(mapping, file, "name"),
                    [ChallengeLoader.Text(mapping, file, "name"), .. ChallengeLoader.List(mapping, file, "also")]),
                _ => throw new ContentException(file, line, $"each entry of '{key}' is a name or {{name, also}}"),
            };
            foreach (var spelling in term.Spellings)
            {
                if (!seen.Add(spelling)) throw new ContentException(file, line, $"'{spelling}' is listed twice");
            }
            terms.Add(term);
        }
        return terms;
    }
}
