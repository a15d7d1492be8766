using Microsoft.Extensions.DependencyInjection.Extensions;
using PyPrep.Core.Analysis;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;
using PyPrep.Sandbox;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Grading;

/// <summary>The real sandbox behind a bounded, queue-fed pool of grading workers.</summary>
public static class GradingSetup
{
    public const string SandboxSection = "Sandbox";

    public static WebApplicationBuilder AddGrading(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GradingOptions>().BindConfiguration(GradingOptions.Section)
            .Validate(o => o.Workers is >= 1 and <= 256, "Grading:Workers must be between 1 and 256")
            .Validate(o => o.MaxQueued >= 1, "Grading:MaxQueued must be at least 1")
            .Validate(o => o.WaitSeconds is >= 1 and <= 300, "Grading:WaitSeconds must be between 1 and 300")
            .Validate(o => o.WarmSlots is >= 0 and <= 64, "Grading:WarmSlots must be between 0 and 64")
            .ValidateOnStart();

        builder.Services.AddSingleton(SandboxOptionsFrom(builder.Configuration));
        builder.Services.AddSingleton(services => Preflight(services.GetRequiredService<SandboxOptions>()));
        builder.Services.AddSingleton(services => new WarmPool(
            services.GetRequiredService<SandboxOptions>(), services.GetRequiredService<ILogger<WarmPool>>()));
        builder.Services.AddSingleton<ICodeRunner>(services => new BubblewrapRunner(services.GetRequiredService<WarmPool>()));
        // Style findings come from the grading sandbox itself (the harness sends the syntax tree).
        // In team mode hidden cases run in a sandbox of their own: candidates see what the visible ones
        // print and return, and code can find every input of its job in memory. In solo mode the only
        // one who could learn them is the person practising, as with `pyprep check`, so a submission
        // costs one sandbox, not two (on the small VMs we target a sandbox is most of its CPU).
        builder.Services.AddSingleton(services =>
        {
            var runner = services.GetRequiredService<ICodeRunner>();
            return new Grader(runner, new StyleAnalyzer(runner), hiddenApart: services.Hosting().Mode == WebMode.Team);
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SandboxProbe>();
        builder.Services.AddSingleton<GradingQueue>();
        builder.Services.AddSingleton<VerdictWaiters>();
        builder.Services.AddSingleton<TicketGrading>();
        builder.Services.AddSingleton<ExperimentGate>();
        builder.Services.AddHostedService<SandboxGate>();
        builder.Services.AddHostedService<GradingWorkers>();
        return builder;
    }

    /// <summary>The "Sandbox" section over the defaults; a web server keeps more slots warm than the CLI does.</summary>
    private static SandboxOptions SandboxOptionsFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection(SandboxSection);
        var options = section.Get<SandboxOptions>() ?? new SandboxOptions();
        if (section["WarmSlots"] is null)
        {
            var grading = configuration.GetSection(GradingOptions.Section).Get<GradingOptions>() ?? new GradingOptions();
            options = options with { WarmSlots = grading.WarmSlots };
        }
        return options;
    }

    private static SandboxState Preflight(SandboxOptions options)
    {
        try
        {
            SandboxPreflight.Check(options);
            return new SandboxState(true, null);
        }
        catch (SandboxUnavailableException e)
        {
            return new SandboxState(false, e.Message);
        }
    }
}
