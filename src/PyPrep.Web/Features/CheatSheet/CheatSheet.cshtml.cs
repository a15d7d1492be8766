using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Web.Features.Content;

namespace PyPrep.Web.Features.CheatSheet;

/// <summary>The cheat sheet from <c>content/cheatsheet.yaml</c>, whatever sections it holds.</summary>
public sealed class CheatSheetModel(CheatSheetSource source, MarkdownRenderer markdown) : PageModel
{
    public CheatSheetDocument Document { get; private set; } = new(null, null);
    public string Html { get; private set; } = "";

    public void OnGet()
    {
        Document = source.Load();
        if (Document.Root is { } root) Html = new CheatSheetRenderer(markdown).Render(root);
    }
}
