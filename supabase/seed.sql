-- Sample data for local development. Load it after all migrations have been applied.

INSERT INTO public.users (id, email, full_name, role, department) VALUES
    ('6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a01', 'maria.lopez@example.com',  'Maria Lopez',  'admin',           'Operations'),
    ('6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a02', 'tom.becker@example.com',   'Tom Becker',   'lead_technician', 'Field Service'),
    ('6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a03', 'aisha.khan@example.com',   'Aisha Khan',   'technician',      'Field Service'),
    ('6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a04', 'lena.nowak@example.com',   'Lena Nowak',   'support',         'Customer Care');

INSERT INTO public.users (email, full_name, role, department, is_active) VALUES
    ('former.tech@example.com', 'Sam Ortiz', 'technician', 'Field Service', false);

INSERT INTO public.tasks (id, title, description, status, priority, due_date, completed_at, assigned_to) VALUES
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c01', 'Replace rooftop HVAC filter',
     'Quarterly filter change at the Harbour Street office.',
     'todo', 'medium', '2025-03-14', NULL, '6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a03'),
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c02', 'Investigate intermittent alarm panel fault',
     'Customer reports the panel resets roughly twice a day.',
     'in_progress', 'urgent', '2025-03-07', NULL, '6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a02'),
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c03', 'Order replacement thermostat',
     NULL,
     'blocked', 'low', NULL, NULL, NULL),
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c04', 'Annual boiler inspection',
     'Certificate uploaded to the customer folder.',
     'done', 'high', '2025-02-28', '2025-02-26 15:40:00+00', '6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a03');

INSERT INTO public.task_comments (task_id, author_email, body) VALUES
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c02', 'tom.becker@example.com',
     'Firmware is two versions behind; updating on site tomorrow.'),
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c03', 'maria.lopez@example.com',
     'Supplier expects stock in the second week of March.');

INSERT INTO public.task_attachments (task_id, file_name, storage_path, size_bytes, content_type) VALUES
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c04', 'boiler-certificate-2025.pdf',
     'tasks/0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c04/boiler-certificate-2025.pdf', 184320, 'application/pdf'),
    ('0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c02', 'panel-error-log.txt',
     'tasks/0b7d4f3c-5e2a-4a8b-8c1d-7e9f1a2b3c02/panel-error-log.txt', 2048, 'text/plain');

INSERT INTO public.contact_submissions (name, email, company, message, status, assigned_to) VALUES
    ('Priya Raman', 'priya@northwind.example', 'Northwind Traders',
     'We would like a quote for maintaining six sites.', 'new', NULL),
    ('Jonas Weber', 'jonas.weber@example.org', NULL,
     'The technician left the side gate open after the visit.', 'in_progress',
     '6f1c2a4e-0d1b-4c57-9a43-2b8e5f7d9a04');

INSERT INTO public.performance_metrics (metric_name, value, recorded_at, tags) VALUES
    ('api.response_ms', 182.4, '2025-03-01 09:00:00+00', '{"route": "/tasks", "region": "eu-west"}'),
    ('api.response_ms', 96.1,  '2025-03-01 09:01:00+00', '{"route": "/tasks", "region": "eu-west"}'),
    ('queue.depth',     3,     '2025-03-01 09:00:00+00', '{"queue": "notifications"}');
