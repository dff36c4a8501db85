// The network-wide history feed reads changes by time (GET /api/history?since=&until=).
CREATE RANGE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)
