namespace Caseload.Application.DataProtection;

/// <summary>A citizen the retention job has found past the retention period (ADR 0052). Only <see cref="RetentionService"/>
/// hands these out (the constructor is internal): an engine erases a citizen's rows only through one, never by a bare id.</summary>
public sealed class ErasableCitizen
{
    internal ErasableCitizen(Guid id) => Id = id;

    public Guid Id { get; }
}
