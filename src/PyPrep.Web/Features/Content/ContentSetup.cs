using Microsoft.Extensions.Options;
using PyPrep.Core.Content;

namespace PyPrep.Web.Features.Content;

/// <summary>Loads the question bank once at start; broken challenges are logged and left out, never fatal.</summary>
public static class ContentSetup
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section)
            .Validate(o => o.Root is null || Directory.Exists(o.Root), "Content:Root names a folder that does not exist")
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
            var bank = ContentBank.Load(options.Root ?? ContentBank.LocateRoot());
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("PyPrep.Content");
            foreach (var error in bank.Errors) logger.LogWarning("content problem: {Error}", error);
            logger.LogInformation("{Count} challenges loaded from {Root}", bank.Challenges.Count, bank.Root);
            return bank;
        });
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<CheatSheetSource>();
        return builder;
    }
}
