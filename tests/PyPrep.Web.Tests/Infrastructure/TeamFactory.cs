namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>Team mode; interviewers are made as the operator makes them (<see cref="TeamMember.RegisterInterviewerAsync"/>).</summary>
public sealed class TeamFactory() : PyPrepFactory(new Dictionary<string, string?> { ["PyPrep:Mode"] = "Team" });
