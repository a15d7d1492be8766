namespace PyPrep.Web.Hosting;

/// <summary>Creates the web application builder, named after this assembly even when `pyprep serve` hosts it.</summary>
public static class PyPrepHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages and views are found through the application name; under `pyprep serve` the entry
            // assembly is the CLI, so name this one explicitly.
            ApplicationName = typeof(PyPrepHost).Assembly.GetName().Name,
        });
}
