import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The heading every page starts with, with an optional line of explanation and actions. */
export function PageHeader(props: { title: string; description?: string; extra?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {props.description && <Typography.Text type="secondary">{props.description}</Typography.Text>}
      </div>
      {props.extra}
    </div>
  );
}
