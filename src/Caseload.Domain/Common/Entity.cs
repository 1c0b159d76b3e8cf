namespace Caseload.Domain.Common;

/// <summary>Base for entities with a Guid key (not guessable, so a URL reveals nothing) and audit fields
/// that the persistence layer fills in.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTime? UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: changes on every save, so two people editing the same record
    /// cannot silently overwrite each other (domain.md §6).</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();
    public string? UpdatedBy { get; private set; }

    public void StampCreated(DateTime at, string? by) { CreatedAt = at; CreatedBy = by; }
    public void StampUpdated(DateTime at, string? by) { UpdatedAt = at; UpdatedBy = by; Version = Guid.NewGuid(); }
}

/// <summary>Marks entities whose changes are written to the audit log.</summary>
public interface IAudited { }

/// <summary>Entities that belong to one citizen, so audit rows can be searched by citizen.</summary>
public interface IBelongsToCitizen
{
    Guid CitizenId { get; }
}
