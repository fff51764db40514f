/** A well-known network service port (IANA registry). */
export interface PortRecord {
  port: number;
  protocol: "tcp" | "udp" | "tcp/udp";
  service: string;
  description: string;
  encrypted: boolean;
}

const p = (
  port: number,
  protocol: PortRecord["protocol"],
  service: string,
  description: string,
  encrypted = false,
): PortRecord => ({ port, protocol, service, description, encrypted });

/** 34 commonly used ports. */
export const ports: readonly PortRecord[] = [
  p(20, "tcp", "ftp-data", "FTP data transfer"),
  p(21, "tcp", "ftp", "File Transfer Protocol control"),
  p(22, "tcp", "ssh", "Secure Shell remote login, SFTP and SCP", true),
  p(23, "tcp", "telnet", "Telnet unencrypted remote login"),
  p(25, "tcp", "smtp", "Simple Mail Transfer Protocol between mail servers"),
  p(53, "tcp/udp", "dns", "Domain Name System"),
  p(67, "udp", "dhcp-server", "DHCP server"),
  p(68, "udp", "dhcp-client", "DHCP client"),
  p(69, "udp", "tftp", "Trivial File Transfer Protocol"),
  p(80, "tcp", "http", "Hypertext Transfer Protocol"),
  p(110, "tcp", "pop3", "Post Office Protocol v3"),
  p(123, "udp", "ntp", "Network Time Protocol"),
  p(143, "tcp", "imap", "Internet Message Access Protocol"),
  p(161, "udp", "snmp", "Simple Network Management Protocol"),
  p(389, "tcp", "ldap", "Lightweight Directory Access Protocol"),
  p(443, "tcp", "https", "HTTP over TLS", true),
  p(445, "tcp", "smb", "Server Message Block file sharing"),
  p(465, "tcp", "smtps", "SMTP submission over implicit TLS", true),
  p(514, "udp", "syslog", "Syslog logging"),
  p(587, "tcp", "submission", "Mail submission (SMTP with STARTTLS)"),
  p(636, "tcp", "ldaps", "LDAP over TLS", true),
  p(993, "tcp", "imaps", "IMAP over TLS", true),
  p(995, "tcp", "pop3s", "POP3 over TLS", true),
  p(1433, "tcp", "mssql", "Microsoft SQL Server"),
  p(1521, "tcp", "oracle", "Oracle Database listener"),
  p(2049, "tcp/udp", "nfs", "Network File System"),
  p(3306, "tcp", "mysql", "MySQL and MariaDB"),
  p(3389, "tcp", "rdp", "Remote Desktop Protocol"),
  p(5432, "tcp", "postgresql", "PostgreSQL"),
  p(5672, "tcp", "amqp", "AMQP message broker (e.g. RabbitMQ)"),
  p(6379, "tcp", "redis", "Redis"),
  p(8080, "tcp", "http-alt", "Alternative HTTP, common for proxies and development servers"),
  p(9092, "tcp", "kafka", "Apache Kafka broker"),
  p(27017, "tcp", "mongodb", "MongoDB"),
];
