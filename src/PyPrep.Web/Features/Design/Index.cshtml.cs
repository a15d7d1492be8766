using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Content;
using PyPrep.Core.Design;
using PyPrep.Data.Design;

namespace PyPrep.Web.Features.Design;

/// <summary>The system design scenarios, each with its companion challenges and the candidate's saved worksheet, if any.</summary>
public sealed class IndexModel(DesignContent content, WorksheetStore store, ContentBank challenges) : PageModel
{
    public IReadOnlyList<DesignScenario> Scenarios => content.Bank.Scenarios;
    public IReadOnlyDictionary<string, SavedWorksheet> Saved { get; private set; } = new Dictionary<string, SavedWorksheet>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Saved = await store.AllAsync(cancellationToken);

    /// <summary>The share of the rubric the saved worksheet covers.</summary>
    public int Percent(DesignScenario scenario, SavedWorksheet saved) =>
        RubricCoverage.Evaluate(scenario, WorksheetStore.ToCore(saved)).Percent;

    /// <summary>The companion challenges that exist in the bank, with their titles.</summary>
    public IEnumerable<Challenge> Companions(DesignScenario scenario) =>
        scenario.Companions.Select(challenges.Find).OfType<Challenge>();
}
