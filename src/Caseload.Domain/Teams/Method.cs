namespace Caseload.Domain.Teams;

/// <summary>The social-work method a team and a course follow.</summary>
public enum Method
{
    Act,
    Cti,
    Outreach,
}

public static class MethodNames
{
    public static string Danish(this Method method) => method switch
    {
        Method.Act => "ACT",
        Method.Cti => "CTI",
        Method.Outreach => "Fremskudt sagsbehandling",
        _ => method.ToString(),
    };
}
