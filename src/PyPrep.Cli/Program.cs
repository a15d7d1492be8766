using PyPrep.Cli.Behavioral;
using PyPrep.Cli.Challenges;
using PyPrep.Cli.ContentCommands;
using PyPrep.Cli.Grading;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pyprep");
    config.AddChallengeCommands();   // challenges, show
    config.AddGradingCommands();     // check
    config.AddContentCommands();     // content validate
    config.AddBehavioralCommands();  // star
});
return await app.RunAsync(args);
