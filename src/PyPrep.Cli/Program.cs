using PyPrep.Cli.Behavioral;
using PyPrep.Cli.Challenges;
using PyPrep.Cli.Concepts;
using PyPrep.Cli.ContentCommands;
using PyPrep.Cli.Grading;
using PyPrep.Cli.Infrastructure;
using PyPrep.Cli.Serve;
using PyPrep.Cli.Style;
using PyPrep.Cli.Team;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pyprep");
    config.UseStrictParsing();                      // an unknown option is an error, not ignored
    config.SetExceptionHandler(UsageErrors.Handle); // a bad command line: one line, exit code 2
    config.AddChallengeCommands();   // challenges, show
    config.AddGradingCommands();     // check
    config.AddContentCommands();     // content validate
    config.AddQuizCommands();        // quiz
    config.AddServeCommands();       // serve (the web app)
    config.AddTeamCommands();        // team grant/revoke (roles of team mode)
    config.AddStyleCommands();       // lint, cheatsheet
    config.AddBehavioralCommands();  // star
});
return await app.RunAsync(args);
