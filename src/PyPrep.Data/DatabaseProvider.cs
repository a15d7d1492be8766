namespace PyPrep.Data;

/// <summary>The database engines PyPrep can store its data in.</summary>
public enum DatabaseProvider { Sqlite, Postgres }
