using PyPrep.Core.Behavioral;
using PyPrep.Core.Content;

namespace PyPrep.Core.Tests.Behavioral;

public sealed class StarVocabularyLoaderTests
{
    [Fact]
    public void The_shipped_vocabulary_names_the_guide_tools()
    {
        var vocabulary = StarVocabularyLoader.Load(StarVocabularyLoader.PathUnder(RepoPaths.Content));
        var names = vocabulary.Tools.Concat(vocabulary.Practices).Select(t => t.Name).ToList();
        Assert.Contains("pytest", names);
        Assert.Contains("pydantic", names);
        Assert.Contains("argparse", names);
        Assert.Contains("logging", names);
        Assert.Contains("CI", names);
    }

    [Fact]
    public void A_spelling_listed_twice_is_reported_with_its_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"vocab-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "tools:\n  - pytest\n  - {name: PyTest}\npractices: []\n");
        try
        {
            var error = Assert.Throws<ContentException>(() => StarVocabularyLoader.Load(file)).Error;
            Assert.Equal(3, error.Line);
            Assert.Contains("listed twice", error.Message);
        }
        finally { File.Delete(file); }
    }
}
