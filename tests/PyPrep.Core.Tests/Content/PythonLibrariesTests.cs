using PyPrep.Core.Content;

namespace PyPrep.Core.Tests.Content;

public sealed class PythonLibrariesTests
{
    [Theory]
    [InlineData("numpy", "python3-numpy")]
    [InlineData("pandas", "python3-pandas")]
    [InlineData("pytest", "python3-pytest")]
    [InlineData("matplotlib.pyplot", "python3-matplotlib")]
    public void A_module_maps_to_debians_python3_package(string module, string package) =>
        Assert.Equal(package, PythonLibraries.DebianPackage(module));
}
