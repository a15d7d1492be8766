using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Content;
using PyPrep.Core.Design;
using PyPrep.Data.Design;
using PyPrep.Web.Features.Content;

namespace PyPrep.Web.Features.Design;

/// <summary>
/// One design scenario: the prompt, a worksheet with one field per section (filled with what the
/// candidate saved), and on "Check coverage" the rubric coverage per item beside the reference design
/// and its diagram. The browser side is wwwroot/js/design.js over <c>PUT /api/design/{slug}/worksheet</c>.
/// </summary>
public sealed class ScenarioModel(DesignContent content, WorksheetStore store, ContentBank challenges, MarkdownRenderer markdown) : PageModel
{
    public DesignScenario Current { get; private set; } = null!;
    public SavedWorksheet? Saved { get; private set; }
    public Worksheet Answers { get; private set; } = null!;
    public string PromptHtml { get; private set; } = "";
    public string ReferenceHtml { get; private set; } = "";
    public string DiagramSvgText { get; private set; } = "";
    public IReadOnlyList<Challenge> Companions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (content.Bank.Find(slug) is not { } scenario) return NotFound();
        Current = scenario;
        Saved = await store.FindAsync(slug, cancellationToken);
        Answers = Saved is null ? new Worksheet(slug, new Dictionary<string, string>()) : WorksheetStore.ToCore(Saved);
        PromptHtml = markdown.ToHtml(scenario.Prompt);
        ReferenceHtml = markdown.ToHtml(scenario.Reference);
        // Drawn here from the scenario's own nodes and edges; every label is escaped by DiagramSvg.
        DiagramSvgText = DiagramSvg.Render(scenario.Diagram, scenario.Title);
        Companions = scenario.Companions.Select(challenges.Find).OfType<Challenge>().ToList();
        return Page();
    }
}
