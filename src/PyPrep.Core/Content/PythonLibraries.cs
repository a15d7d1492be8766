namespace PyPrep.Core.Content;

/// <summary>
/// Libraries outside the standard library come from Debian's packages, which the sandbox sees
/// read-only. Debian names a library's Python 3 package <c>python3-</c> plus its module name
/// (Debian Python Policy 2.2), so numpy is python3-numpy and pandas is python3-pandas.
/// </summary>
public static class PythonLibraries
{
    public static string DebianPackage(string module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return "python3-" + module.Split('.')[0].ToLowerInvariant().Replace('_', '-');
    }
}
