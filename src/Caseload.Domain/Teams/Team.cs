using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Teams;

/// <summary>A team working by one method. Membership is by user id: the domain does not know Identity.</summary>
[AuditedAs(AuditNames.Team, "Team")]
public class Team : Entity, IAudited
{
    public const int NameMaxLength = 100;
    public const decimal DefaultCaseloadLimitPerFte = 10m;
    /// <summary>The limit per FTE a team may set (domain.md §2: about 10 for ACT and CTI).</summary>
    public const decimal MinCaseloadLimitPerFte = 1m;
    public const decimal MaxCaseloadLimitPerFte = 50m;

    private readonly List<TeamMember> _members = [];

    private Team() { Name = string.Empty; }

    public Team(string name, Method method, decimal caseloadLimitPerFte = DefaultCaseloadLimitPerFte)
    {
        Name = string.Empty;
        Rename(name);
        Method = method;
        SetCaseloadLimit(caseloadLimitPerFte);
    }

    public string Name { get; private set; }
    public Method Method { get; private set; }
    public decimal CaseloadLimitPerFte { get; private set; }
    public IReadOnlyCollection<TeamMember> Members => _members.AsReadOnly();

    public static readonly string CaseloadLimitMessage =
        $"Grænsen for borgere pr. årsværk skal være mellem {MinCaseloadLimitPerFte:0} og {MaxCaseloadLimitPerFte:0}.";

    public void Rename(string name)
    {
        Name = Text.Required(name, NameMaxLength, nameof(Name), "Angiv teamets navn.", "Teamets navn");
    }

    public void SetCaseloadLimit(decimal perFte)
    {
        if (perFte is < MinCaseloadLimitPerFte or > MaxCaseloadLimitPerFte) throw new DomainException(CaseloadLimitMessage, nameof(CaseloadLimitPerFte));
        CaseloadLimitPerFte = perFte;
    }

    public TeamMember AddMember(string userId, TeamRole role, decimal fte = 1.0m, string? discipline = null)
    {
        if (_members.Any(m => m.UserId == userId))
            throw new DomainException("Brugeren er allerede medlem af teamet.");
        var member = new TeamMember(Id, userId, role, fte, discipline);
        _members.Add(member);
        return member;
    }

    public void RemoveMember(string userId) => _members.RemoveAll(m => m.UserId == userId);

    public bool IsLeader(string userId) => _members.Any(m => m.UserId == userId && m.Role == TeamRole.Leader);
}
