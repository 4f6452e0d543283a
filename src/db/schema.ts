// Timestamps are ISO 8601 UTC text ("2026-03-03T09:00:00.000Z") on both engines: one format,
// sortable as text, identical results from SQLite and PostgreSQL (docs/decisions/003).
// Booleans are 0/1 integers for the same reason.

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  time_zone: string;
  role: 'admin' | 'coordinator' | 'interviewer';
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface CandidatesTable {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  time_zone: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  first_failed_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TemplatesTable {
  id: string;
  name: string;
  name_key: string;
  audience: 'candidate' | 'interviewer';
  subject: string;
  body: string;
  invitable: number;
  archived: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
}

export interface Database {
  users: UsersTable;
  candidates: CandidatesTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  login_failures: LoginFailuresTable;
  settings: SettingsTable;
  templates: TemplatesTable;
}
