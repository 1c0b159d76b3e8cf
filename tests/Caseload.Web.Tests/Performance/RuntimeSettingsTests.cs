using System.Text.Json;

namespace Caseload.Web.Tests.Performance;

/// <summary>ADR 0022: the web app runs with workstation GC (memory under load below 400 MB, issue #10).</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void TheWebAppIsBuiltForWorkstationGarbageCollection()
    {
        // The runtime reads this file next to Caseload.Web.dll when the app starts (dotnet run, the published app, docker).
        var path = Path.Combine(AppContext.BaseDirectory, "Caseload.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.GetProperty("System.GC.Server").GetBoolean().ShouldBeFalse();
    }
}
