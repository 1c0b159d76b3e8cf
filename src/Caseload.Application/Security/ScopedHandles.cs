namespace Caseload.Application.Security;

/// <summary>
/// A citizen the current user may see. Only <see cref="IAccessScope"/> hands these out (the constructor is
/// internal), and every Application method that reads or changes a citizen's data takes one instead of a bare
/// id: scope by structure, not by habit.
/// </summary>
public sealed class ScopedCitizen
{
    internal ScopedCitizen(Guid id, Guid teamId, string name, bool assignedToMe, bool leadsTeam,
        IReadOnlyList<(Domain.Teams.Method Method, string WorkerId)>? primaryWorkers = null, bool unseenByMe = false,
        IReadOnlySet<string>? engines = null)
    {
        Engines = engines ?? new HashSet<string>();
        UnseenByMe = unseenByMe;
        PrimaryWorkers = primaryWorkers ?? [];
        Id = id;
        TeamId = teamId;
        Name = name;
        AssignedToMe = assignedToMe;
        LeadsTeam = leadsTeam;
    }

    public Guid Id { get; }
    public Guid TeamId { get; }
    public string Name { get; }
    /// <summary>The user is primary worker or attached member of one of the citizen's active courses.</summary>
    public bool AssignedToMe { get; }
    /// <summary>The user leads the citizen's team (may start, reassign and close courses).</summary>
    public bool LeadsTeam { get; }
    /// <summary>The primary worker of each of the citizen's active courses, by method (read with the scope, so an engine's
    /// line on every page about the citizen — outreach: who the outreach worker is, §2.3 step 3 — costs no query).</summary>
    public IReadOnlyList<(Domain.Teams.Method Method, string WorkerId)> PrimaryWorkers { get; }
    /// <summary>One of the citizen's courses has the user as primary worker and is still marked "new" to them
    /// (read with the scope, so opening the page need not ask again before marking it seen).</summary>
    public bool UnseenByMe { get; }
    /// <summary>The keys of the method engines that concern the citizen (their sections show), read with the scope
    /// (<see cref="Engines.CitizenEngines"/>).</summary>
    public IReadOnlySet<string> Engines { get; }

    /// <summary>The secret-address rule, in its one place: a secret address is shown to, and changed by, the
    /// citizen's assigned workers only (domain.md §1).</summary>
    public bool MaySeeSecretAddress => AssignedToMe;

    /// <summary>Who may change the citizen's course work (a method engine's steps, the documents made with the citizen):
    /// the assigned workers and the team leader, in this one place; the rest of the team may read.</summary>
    public bool MayChangeCourseWork => AssignedToMe || LeadsTeam;
}

/// <summary>The signed-in citizen's own record (issue #34, ADR 0042): a citizen principal gets exactly this one and no other
/// handle, so every page of the citizen's own view reads one record — their own — and never takes an id from the address.</summary>
public sealed class OwnCitizen
{
    internal OwnCitizen(Guid id, Guid teamId, string name)
    {
        Id = id;
        TeamId = teamId;
        Name = name;
    }

    public Guid Id { get; }
    public Guid TeamId { get; }
    public string Name { get; }
}

/// <summary>A course in a team the current user leads: the team leader's commands take one.</summary>
public sealed class LedCourse
{
    internal LedCourse(Guid id, Guid citizenId, Guid teamId)
    {
        Id = id;
        CitizenId = citizenId;
        TeamId = teamId;
    }

    public Guid Id { get; }
    public Guid CitizenId { get; }
    public Guid TeamId { get; }
}

/// <summary>A team the current user leads.</summary>
public sealed class LedTeam
{
    internal LedTeam(Guid id) => Id = id;

    public Guid Id { get; }
}

/// <summary>A team the current user belongs to (any role): team-wide overviews such as the CTI phase board take one.</summary>
public sealed class MemberTeam
{
    internal MemberTeam(Guid id) => Id = id;

    public Guid Id { get; }
}

/// <summary>
/// The teams whose counts the current user may see on a results page (issue #29): a manager all teams, a team leader the
/// teams they lead — narrowed to one of them when the page's team filter asks for it. Counts only: it opens no citizen.
/// </summary>
public sealed class ResultsTeams
{
    internal ResultsTeams(IReadOnlyList<Guid>? allowed, Guid? selected)
    {
        Allowed = allowed;
        Selected = selected;
    }

    /// <summary>The teams the user may compare; null for all (a manager).</summary>
    public IReadOnlyList<Guid>? Allowed { get; }

    /// <summary>The one team the filter asks for, among <see cref="Allowed"/>; null for all of them.</summary>
    public Guid? Selected { get; }
}
