using PyPrep.Core.Content;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Web.Features.Content;

/// <summary>
/// Reads <c>content/cheatsheet.yaml</c> when the bank has one. The file is parsed as a plain YAML
/// tree so the page can show whatever sections it holds; a broken file is reported, not thrown.
/// </summary>
public sealed class CheatSheetSource(ContentBank bank)
{
    public string Path => System.IO.Path.Combine(bank.Root, "cheatsheet.yaml");

    public CheatSheetDocument Load()
    {
        if (!File.Exists(Path)) return new CheatSheetDocument(null, null);
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(Path);
            stream.Load(reader);
            return new CheatSheetDocument(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return new CheatSheetDocument(null, $"{Path}:{e.Start.Line}: {e.Message}");
        }
    }
}
