using Caseload.Domain.Common;

namespace Caseload.Domain.Teams;

public enum TeamRole
{
    Member,
    Leader,
}

/// <summary>A user's place in a team: role, discipline and full-time-equivalent share (0.1–1.0).</summary>
public class TeamMember : IAudited
{
    public const int DisciplineMaxLength = 80;

    private TeamMember() { UserId = string.Empty; }

    internal TeamMember(Guid teamId, string userId, TeamRole role, decimal fte, string? discipline)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new DomainException("Teammedlemmet skal være en bruger.");
        TeamId = teamId;
        UserId = userId;
        Role = role;
        ChangeFte(fte);
        ChangeDiscipline(discipline);
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid TeamId { get; private set; }
    public string UserId { get; private set; }
    public TeamRole Role { get; private set; }
    public decimal Fte { get; private set; }
    public string? Discipline { get; private set; }

    public void ChangeFte(decimal fte)
    {
        if (fte is < 0.1m or > 1.0m) throw new DomainException("Årsværk skal være mellem 0,1 og 1,0.");
        Fte = fte;
    }

    public void ChangeDiscipline(string? discipline)
    {
        if (discipline?.Length > DisciplineMaxLength)
            throw new DomainException($"Faggruppe må højst være {DisciplineMaxLength} tegn.");
        Discipline = string.IsNullOrWhiteSpace(discipline) ? null : discipline.Trim();
    }

    public void ChangeRole(TeamRole role) => Role = role;
}
