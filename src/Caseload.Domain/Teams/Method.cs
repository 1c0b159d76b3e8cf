using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Caseload.Domain.Teams;

/// <summary>The social-work method a team and a course follow. Each member carries its Danish name, so no code outside
/// an engine names the methods one by one.</summary>
public enum Method
{
    [Display(Name = "ACT")] Act,
    [Display(Name = "CTI")] Cti,
    [Display(Name = "Fremskudt sagsbehandling")] Outreach,
}

public static class MethodNames
{
    private static readonly Dictionary<Method, string> Names = Enum.GetValues<Method>().ToDictionary(m => m,
        m => typeof(Method).GetField(m.ToString())!.GetCustomAttribute<DisplayAttribute>()?.Name ?? m.ToString());

    public static string Danish(this Method method) => Names.GetValueOrDefault(method, method.ToString());
}
