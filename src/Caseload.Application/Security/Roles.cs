namespace Caseload.Application.Security;

/// <summary>The four roles. The names are Danish because they are shown in the UI and stored as-is.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Manager = "Leder";
    public const string TeamLeader = "Teamleder";
    public const string Worker = "Medarbejder";

    public static readonly IReadOnlyList<string> All = [Administrator, Manager, TeamLeader, Worker];
}
