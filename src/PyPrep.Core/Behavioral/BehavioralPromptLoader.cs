using System.Text.RegularExpressions;
using PyPrep.Core.Content;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Behavioral;

/// <summary>
/// Reads one theme file: <c>theme</c> (equal to the file name), <c>title</c>, and <c>prompts</c>, each
/// with <c>id</c>, <c>prompt</c>, <c>shows</c> (at least two points) and optional <c>follow_ups</c>.
/// Problems are <see cref="ContentException"/>s naming file and line.
/// </summary>
public static partial class BehavioralPromptLoader
{
    /// <summary>Reads and checks one theme file.</summary>
    public static BehavioralTheme Load(string file)
    {
        var root = ChallengeLoader.ReadMapping(file);
        var id = ChallengeLoader.Text(root, file, "theme");
        if (id != Path.GetFileNameWithoutExtension(file))
            throw new ContentException(file, ChallengeLoader.Line(root, "theme"), $"theme '{id}' does not match the file name '{Path.GetFileName(file)}'");
        var title = ChallengeLoader.Text(root, file, "title");
        if (ChallengeLoader.Child(root, "prompts") is not YamlSequenceNode list || list.Children.Count == 0)
            throw new ContentException(file, ChallengeLoader.Line(root, "prompts"), "'prompts' must be a non-empty list");

        var prompts = new List<BehavioralPrompt>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode item) throw new ContentException(file, YamlValues.Line(node), "each prompt must be a mapping");
            var promptId = ChallengeLoader.Text(item, file, "id");
            if (!Kebab().IsMatch(promptId))
                throw new ContentException(file, ChallengeLoader.Line(item, "id"), $"prompt id '{promptId}' must be kebab-case");
            var shows = ChallengeLoader.List(item, file, "shows");
            if (shows.Count < 2)
                throw new ContentException(file, ChallengeLoader.Line(item, "id"), $"prompt '{promptId}' needs at least two 'shows' points (what a strong answer shows)");
            prompts.Add(new BehavioralPrompt(promptId, id, ChallengeLoader.Text(item, file, "prompt"), shows,
                ChallengeLoader.List(item, file, "follow_ups"), file, YamlValues.Line(item)));
        }
        return new BehavioralTheme(id, title, prompts, file);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();
}
