using PyPrep.Cli.Challenges;
using PyPrep.Cli.ContentCommands;
using PyPrep.Cli.Grading;
using PyPrep.Cli.Style;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pyprep");
    config.AddChallengeCommands();   // challenges, show
    config.AddGradingCommands();     // check
    config.AddContentCommands();     // content validate
    config.AddStyleCommands();       // lint, cheatsheet
});
return await app.RunAsync(args);
