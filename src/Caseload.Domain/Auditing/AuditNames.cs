namespace Caseload.Domain.Auditing;

/// <summary>The stable names the audit log keeps, in one place: the entities' [AuditedAs] and the explicit
/// events (reads, searches, sign-ins) use the same constants.</summary>
public static class AuditNames
{
    public const string Citizen = "Citizen";
    public const string Course = "Course";
    public const string ContactLogEntry = "ContactLogEntry";
    public const string Team = "Team";
    public const string TeamMember = "TeamMember";
    public const string User = "User";
    public const string UserRole = "UserRole";
    public const string AuditLog = "AuditLog";
    public const string CtiCourse = "CtiCourse";
    public const string CtiTransition = "CtiTransition";
    public const string CtiChecklistAnswer = "CtiChecklistAnswer";
    public const string CtiMeasurement = "CtiMeasurement";
    public const string CtiGoal = "CtiGoal";
    public const string CtiPlanVersion = "CtiPlanVersion";
    public const string CtiHandoverMeeting = "CtiHandoverMeeting";
    public const string Referral = "Referral";
    public const string OutreachCase = "OutreachCase";
    public const string OutreachEventRecord = "OutreachEventRecord";
    public const string OutreachContactAttempt = "OutreachContactAttempt";
    public const string OutreachConsent = "OutreachConsent";
    public const string NetworkMap = "NetworkMap";
    public const string NetworkMapVersion = "NetworkMapVersion";
    public const string CooperationAgreement = "CooperationAgreement";
    public const string CoordinatingMeeting = "CoordinatingMeeting";
    public const string MeetingTask = "MeetingTask";
    public const string ImplementationProject = "ImplementationProject";
    public const string DropInCentre = "DropInCentre";
    public const string ReadinessAssessment = "ReadinessAssessment";
    public const string FidelityReview = "FidelityReview";
    public const string ActionPlan = "ActionPlan";
    public const string ActionPlanRevision = "ActionPlanRevision";
    public const string StoredFile = "StoredFile";
    public const string Partner = "Partner";
    public const string PartnerAgreement = "PartnerAgreement";
    public const string ImplementationMeeting = "ImplementationMeeting";
    public const string RoleDescription = "RoleDescription";
    public const string ReflectionDay = "ReflectionDay";
    public const string ActTeamSettings = "ActTeamSettings";
    public const string TeamMeeting = "TeamMeeting";
    public const string TeamMeetingItem = "TeamMeetingItem";
    public const string TeamMeetingTask = "TeamMeetingTask";
    public const string IntensifiedSupport = "IntensifiedSupport";
    public const string TeamVisit = "TeamVisit";
    public const string CalendarFeed = "CalendarFeed";
    public const string SmsConsent = "SmsConsent";
    public const string SmsReminder = "SmsReminder";
    public const string CitizenAccess = "CitizenAccess";
    public const string ApiClient = "ApiClient";
    /// <summary>A read through the API (issue #33): the entity read, with the client as the actor.</summary>
    public const string ApiRead = "ApiRead";
    /// <summary>The citizen's own view (/mig) was opened or signed in to: explicit events with the citizen as the actor.</summary>
    public const string CitizenPortal = "CitizenPortal";
    public const string CitizenComment = "CitizenComment";
    public const string CitizenConfirmation = "CitizenConfirmation";
    public const string SelfReportedWho5 = "SelfReportedWho5";
    public const string CallRequest = "CallRequest";
}
