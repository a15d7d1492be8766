using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Content;
using PyPrep.Web.Features.Accounts;

namespace PyPrep.Web.Features.Progress;

/// <summary>Progress by topic and by difficulty: solved, attempted and total challenges.</summary>
public sealed class DashboardModel(ContentBank bank, ProgressQueries progress, CurrentUser user) : PageModel
{
    public int Solved { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<ProgressBreakdown> ByTopic { get; private set; } = [];
    public IReadOnlyList<ProgressBreakdown> ByDifficulty { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var solved = await progress.SolvedAsync(user.RequiredId, cancellationToken);
        var attempted = await progress.AttemptedAsync(user.RequiredId, cancellationToken);
        Solved = bank.Challenges.Count(c => solved.Contains(c.Slug));
        Total = bank.Challenges.Count;
        ByTopic = ProgressBreakdown.ByTopic(bank.Challenges, solved, attempted);
        ByDifficulty = ProgressBreakdown.ByDifficulty(bank.Challenges, solved, attempted);
    }
}
