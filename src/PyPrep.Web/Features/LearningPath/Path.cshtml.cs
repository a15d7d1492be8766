using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Content;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Progress;
using Path = PyPrep.Core.Patterns.LearningPath;

namespace PyPrep.Web.Features.LearningPath;

/// <summary>
/// The suggested learning path (patterns in order, easy to hard within each), optionally for one
/// role, with the viewer's solved challenges ticked and the first unsolved one marked as next.
/// </summary>
public sealed class PathModel(ContentBank bank, ProgressQueries progress, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }

    public Path Path { get; private set; } = Path.From([]);
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public ISet<string> Solved { get; private set; } = new HashSet<string>();
    public string? Next { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Solved = await progress.SolvedAsync(user.RequiredId, cancellationToken);
        Roles = bank.Challenges.SelectMany(c => c.Roles).Distinct().Order(StringComparer.Ordinal).ToList();
        Path = Path.From(bank.Challenges.Where(c => string.IsNullOrWhiteSpace(Role) || c.Roles.Contains(Role, StringComparer.OrdinalIgnoreCase)));
        Next = Path.Challenges.FirstOrDefault(c => !Solved.Contains(c.Slug))?.Slug;
    }
}
