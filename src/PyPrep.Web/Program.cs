using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Analysis;
using PyPrep.Web.Features.Behavioral;
using PyPrep.Web.Features.Challenges;
using PyPrep.Web.Features.Content;
using PyPrep.Web.Features.Design;
using PyPrep.Web.Features.Grading;
using PyPrep.Web.Features.Health;
using PyPrep.Web.Features.Persistence;
using PyPrep.Web.Features.Progress;
using PyPrep.Web.Features.Review;
using PyPrep.Web.Features.Scratch;
using PyPrep.Web.Features.Submissions;
using PyPrep.Web.Hosting;

var builder = PyPrepHost.CreateBuilder(args);
builder.AddHosting();       // mode (solo/team), default URL, loopback guard, problem details
builder.AddContent();       // the question bank, Markdown
builder.AddPersistence();   // EF Core: SQLite under ./data/ or PostgreSQL
builder.AddAccounts();      // solo profile, or Identity with roles and antiforgery
builder.AddGrading();       // sandbox, warm pool, bounded worker pool, restart recovery
builder.AddSubmissions();   // intake: guard, store, queue
builder.AddProgress();      // solved, hints, give-up, dashboard
builder.AddAnalysis();      // complexity and style after the verdict, at lower priority
builder.AddReview();        // concept drills: FSRS schedule per profile
builder.AddBehavioral();    // behavioral prompts, the STAR coach, the story bank
builder.AddDesign();        // system design scenarios and saved worksheets

var app = builder.Build();
app.UseHosting();
app.UseAccounts();
app.MapChallengeApi();
app.MapSubmissionApi();
app.MapProgressApi();
app.MapScratchApi();
app.MapReviewApi();
app.MapBehavioralApi();
app.MapDesignApi();
app.MapAccountEndpoints();
app.MapHealth();
app.MapPages();

await app.MigrateDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, public so tests and `pyprep serve` can name it.</summary>
public partial class Program;
