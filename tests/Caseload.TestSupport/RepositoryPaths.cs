namespace Caseload.TestSupport;

/// <summary>The repository's root (the folder with Caseload.sln), found from the test output: for tests that read docs or sources.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Caseload.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Caseload.sln not found above the test output.");
    }
}
