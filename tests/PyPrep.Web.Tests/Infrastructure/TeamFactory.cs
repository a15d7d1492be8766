namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>Team mode; accounts whose address starts with "interviewer" get the interviewer role.</summary>
public sealed class TeamFactory() : PyPrepFactory(new Dictionary<string, string?>
{
    ["PyPrep:Mode"] = "Team",
    ["PyPrep:InterviewerEmails:0"] = "interviewer@example.test",
});
