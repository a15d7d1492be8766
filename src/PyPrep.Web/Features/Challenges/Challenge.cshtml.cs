using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Content;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Content;
using PyPrep.Web.Features.Progress;

namespace PyPrep.Web.Features.Challenges;

/// <summary>
/// One challenge: statement, editor, scratch area, Run and Submit, the result panel, hints, the
/// walkthrough once solved or given up, and the submission history. The browser side is
/// wwwroot/js/challenge.js over the JSON API.
/// </summary>
public sealed class ChallengeModel(ContentBank bank, ProgressQueries progress, CurrentUser user, MarkdownRenderer markdown) : PageModel
{
    public Challenge Current { get; private set; } = null!;
    public bool Solved { get; private set; }
    public string StatementHtml { get; private set; } = "";
    public string? WalkthroughHtml { get; private set; }
    /// <summary>What the script needs, as JSON in the page (never a hidden case).</summary>
    public string ClientData { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (bank.Find(slug) is not { } challenge) return NotFound();
        Current = challenge;
        Solved = await progress.IsSolvedAsync(user.RequiredId, slug, cancellationToken);
        var row = await progress.ForAsync(user.RequiredId, slug, cancellationToken);
        StatementHtml = markdown.ToHtml(challenge.Statement);
        if (Solved || row?.GaveUp == true || user.IsInterviewer) WalkthroughHtml = markdown.ToHtml(challenge.Walkthrough);
        var data = ChallengeJson.Detail(challenge, Solved, WalkthroughHtml is not null, row?.HintsRevealed ?? 0, markdown);
        data.Remove("statement");
        data.Remove("statement_html");
        ClientData = data.ToJsonString();
        return Page();
    }
}
