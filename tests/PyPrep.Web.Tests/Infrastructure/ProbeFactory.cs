namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>Team mode over the bank plus <see cref="LeakProbe"/>, for the tests that hunt hidden values.</summary>
public sealed class ProbeFactory() : PyPrepFactory(new Dictionary<string, string?>
{
    ["PyPrep:Mode"] = "Team",
    ["Content:Root"] = LeakProbe.Root,
});
