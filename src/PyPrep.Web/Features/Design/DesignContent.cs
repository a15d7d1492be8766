using PyPrep.Core.Design;

namespace PyPrep.Web.Features.Design;

/// <summary>The design scenarios, read once from the question bank; broken ones are logged and left out, never fatal.</summary>
public sealed class DesignContent(DesignBank bank)
{
    public DesignBank Bank { get; } = bank;

    public static DesignContent Load(string contentRoot, ILogger logger)
    {
        var bank = DesignBank.Load(contentRoot);
        foreach (var error in bank.Errors) logger.LogWarning("design content problem: {Error}", error);
        return new DesignContent(bank);
    }
}
