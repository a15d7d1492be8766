using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Content;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Progress;

namespace PyPrep.Web.Features.Challenges;

/// <summary>The challenge list with its filters (topic, pattern, role, difficulty, level, solved or not) and search.</summary>
public sealed class IndexModel(ContentBank bank, ProgressQueries progress, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public string? Difficulty { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pattern { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }

    public ChallengeFilter Filter { get; private set; } = new();
    public IReadOnlyList<Challenge> Challenges { get; private set; } = [];
    public IReadOnlyList<string> Topics { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public ISet<string> Solved { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = new ChallengeFilter(Q, Topic, Difficulty, Level, Status, Pattern, Role);
        if (Filter.Problem() is not null) Filter = new ChallengeFilter(Q, Topic, Role: Role);
        Solved = await progress.SolvedAsync(user.RequiredId, cancellationToken);
        Topics = bank.Challenges.SelectMany(c => c.Topics).Distinct().Order(StringComparer.Ordinal).ToList();
        Roles = bank.Challenges.SelectMany(c => c.Roles).Distinct().Order(StringComparer.Ordinal).ToList();
        Challenges = Filter.Apply(bank.Challenges, Solved).ToList();
    }
}
