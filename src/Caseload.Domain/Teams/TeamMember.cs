using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Teams;

public enum TeamRole
{
    Member,
    Leader,
}

/// <summary>A user's place in a team: role, discipline and full-time-equivalent share (0.1–1.0).</summary>
[AuditedAs(AuditNames.TeamMember, "Teammedlem")]
public class TeamMember : IAudited
{
    public const int DisciplineMaxLength = 80;
    public const decimal MinFte = 0.1m;
    public const decimal MaxFte = 1.0m;

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
        if (fte is < MinFte or > MaxFte) throw new DomainException("Årsværk skal være mellem 0,1 og 1,0.", nameof(Fte));
        Fte = fte;
    }

    public void ChangeDiscipline(string? discipline)
    {
        Discipline = Text.Optional(discipline, DisciplineMaxLength, nameof(Discipline), "Faggruppe");
    }

    public void ChangeRole(TeamRole role) => Role = role;
}
