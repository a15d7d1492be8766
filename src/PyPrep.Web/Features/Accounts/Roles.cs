namespace PyPrep.Web.Features.Accounts;

/// <summary>The team-mode roles. Candidates see their own work; interviewers see everyone's, hidden output included.</summary>
public static class Roles
{
    public const string Candidate = "candidate";
    public const string Interviewer = "interviewer";
}
