using System.Security.Claims;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>
/// Who is asking. Solo mode has one local profile; team mode reads the signed-in account. Only an
/// interviewer may see other people's submissions or what hidden cases printed.
/// </summary>
public sealed class CurrentUser
{
    /// <summary>The user id of solo mode's single profile.</summary>
    public const string SoloId = "local";

    private CurrentUser(string? id, string name, bool isInterviewer)
    {
        Id = id;
        Name = name;
        IsInterviewer = isInterviewer;
    }

    public string? Id { get; }
    public string Name { get; }
    public bool IsInterviewer { get; }
    public bool IsSignedIn => Id is not null;

    /// <summary>The id of a signed-in user; endpoints that need one are behind authorization.</summary>
    public string RequiredId => Id ?? throw new InvalidOperationException("no signed-in user");

    public static CurrentUser From(HttpContext? context, WebMode mode)
    {
        if (mode == WebMode.Solo) return new CurrentUser(SoloId, "you", isInterviewer: false);
        var principal = context?.User;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null
            ? new CurrentUser(null, "guest", false)
            : new CurrentUser(id, principal!.Identity?.Name ?? id, principal.IsInRole(Roles.Interviewer));
    }
}
